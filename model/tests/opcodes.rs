//! Every opcode moves the right bytes across page boundaries, with 4 KiB, 2 MiB and 1 GiB
//! pages and shortcuts at every level (R4, R6, R7, R8, R9).

mod common;
use common::*;
use viaduct_abi::*;
use viaduct_model::scenario::RegisterOptions;
use viaduct_model::{MemStorage, PageSize};

#[test]
fn copy_across_pages_at_every_shortcut_level() {
    for level in Level::ALL {
        let mut rig = Rig::small();
        let a = rig.process(1);
        let h = &mut rig.open_vi(0, &a, 0);
        let src = rig.buffer(&a, VA_A, 5 * 4096, PageSize::Size4K, opts(level));
        let dst = rig.buffer(&a, VA_A + 0x10_0000, 5 * 4096, PageSize::Size4K, opts(level));
        let c = rig.submit_one(h, copy(src.buffer(100), dst.buffer(3000), 13_000, 7));
        assert_eq!((c.status, c.bytes_done, c.tag), (Status::Ok, 13_000, 7), "{level:?}");
        assert_eq!(rig.read(&a, VA_A + 0x10_0000 + 3000, 13_000), rig.read(&a, VA_A + 100, 13_000));
        // Bytes around the destination are untouched.
        assert_ne!(rig.read(&a, VA_A + 0x10_0000 + 2999, 1), rig.read(&a, VA_A + 99, 1));
    }
}

#[test]
fn copy_across_large_pages() {
    for (size, level) in
        [(PageSize::Size2M, Level::Pd), (PageSize::Size1G, Level::Pdpt), (PageSize::Size2M, Level::Pml4)]
    {
        let mut rig = Rig::small();
        let a = rig.process(1);
        let h = &mut rig.open_vi(0, &a, 0);
        let len = 2 * size.bytes();
        let src = rig.buffer(&a, VA_A, len, size, opts(level));
        let dst = rig.buffer(&a, VA_A + 0x80_0000_0000 / 2, len, size, opts(level));
        // 64 KiB straddling the boundary between the two large pages.
        let at = size.bytes() - 0x8000 + 3;
        rig.fill(&a, VA_A + at, 0x10000);
        assert_ne!(rig.read(&a, VA_A + 0x40_0000_0000 + at + 1, 0x10000), rig.read(&a, VA_A + at, 0x10000));
        let c = rig.submit_one(h, copy(src.buffer(at), dst.buffer(at + 1), 0x10000, 1));
        assert_eq!(c.status, Status::Ok, "{size:?}");
        assert_eq!(rig.read(&a, VA_A + 0x40_0000_0000 + at + 1, 0x10000), rig.read(&a, VA_A + at, 0x10000));
    }
}

#[test]
fn copy_between_two_processes() {
    let mut rig = Rig::small();
    let a = rig.process(1);
    let b = rig.process(2);
    let ha = &mut rig.open_vi(0, &a, 0);
    let _hb = rig.open_vi(1, &b, 1);
    let src = rig.buffer(&a, VA_A, 8192, PageSize::Size4K, opts(Level::Pt));
    // B shares a buffer with A: the region's user domain is A and it is sealed for A's key.
    let shared = RegisterOptions { user_pd: Some(a.pd), key_slot: 0, ..opts(Level::Pt) };
    let dst = rig.buffer(&b, VA_B, 8192, PageSize::Size4K, shared);
    let c = rig.submit_one(ha, copy(src.buffer(1), dst.buffer(3000), 5000, 9));
    assert_eq!(c.status, Status::Ok);
    assert_eq!(rig.read(&b, VA_B + 3000, 5000), rig.read(&a, VA_A + 1, 5000));
}

#[test]
fn inline_write_crosses_a_page() {
    let mut rig = Rig::small();
    let a = rig.process(1);
    let h = &mut rig.open_vi(0, &a, 0);
    let dst = rig.buffer(&a, VA_A, 8192, PageSize::Size4K, opts(Level::Pt));
    let data = b"twenty-four bytes inline";
    let c = rig.submit_one(h, Descriptor::write_inline(dst.buffer(4090), data, 3).unwrap());
    assert_eq!((c.status, c.bytes_done), (Status::Ok, 24));
    assert_eq!(rig.read(&a, VA_A + 4090, 24), data.to_vec());
}

#[test]
fn network_send_and_receive() {
    let mut rig = Rig::small();
    let a = rig.process(1);
    let h = &mut rig.open_vi(2, &a, 0);
    let buf = rig.buffer(&a, VA_A, 16384, PageSize::Size4K, opts(Level::Pt));
    let c = rig.submit_one(h, Descriptor::new(Operation::NetSend { src: buf.buffer(10), len: 9000 }, 1));
    assert_eq!(c.status, Status::Ok);
    let sent = rig.engine.network.tx.pop().unwrap();
    assert_eq!((sent.vi, sent.aborted), (2, false));
    assert_eq!(sent.data, rig.read(&a, VA_A + 10, 9000));

    // A receive waits for a frame; other VIs are not held up meanwhile.
    let recv = Descriptor::new(Operation::NetRecv { dst: buf.buffer(12000), len: 3000 }, 2);
    assert!(rig.submit(h, &[recv]).is_empty(), "no frame yet: the receive waits");
    rig.engine.network.rx.push_back(b"hello over the wire".to_vec());
    rig.engine.run(&mut rig.mem);
    let c = rig.sc.completions(&mut rig.engine, &rig.mem.inner, h);
    assert_eq!((c[0].status, c[0].bytes_done, c[0].tag), (Status::Ok, 19, 2));
    assert_eq!(rig.read(&a, VA_A + 12000, 19), b"hello over the wire".to_vec());

    rig.engine.network.rx.push_back(vec![0xab; 100]);
    let c = rig.submit_one(h, Descriptor::new(Operation::NetRecv { dst: buf.buffer(0), len: 64 }, 3));
    assert_eq!((c.status, c.bytes_done), (Status::NetRxTruncated, 64));
    assert_eq!(rig.read(&a, VA_A, 65)[..64], [0xab; 64]);
    assert_ne!(rig.read(&a, VA_A + 64, 1), vec![0xab]);
}

#[test]
fn store_and_load_through_the_storage_port() {
    let mut rig = Rig::small();
    let a = rig.process(1);
    let h = &mut rig.open_vi(0, &a, 0);
    let src = rig.buffer(&a, VA_A, 16384, PageSize::Size4K, opts(Level::Pt));
    let dst = rig.buffer(&a, VA_A + 0x10_0000, 16384, PageSize::Size4K, opts(Level::Pt));
    let c = rig.submit_one(
        h,
        Descriptor::new(Operation::Store { src: src.buffer(100), offset: 4096 + 5, len: 10_000 }, 1),
    );
    assert_eq!(c.status, Status::Ok);
    let mut image = vec![0u8; 10_000];
    rig.engine.storage().read(4101, &mut image).unwrap();
    assert_eq!(image, rig.read(&a, VA_A + 100, 10_000));
    // One storage command per 4 KiB chunk of the buffer.
    let lens: Vec<u32> = rig.engine.storage_log.commands.iter().map(|c| c.len).collect();
    assert_eq!(lens, vec![3996, 4096, 1908]);

    let c = rig
        .submit_one(h, Descriptor::new(Operation::Load { dst: dst.buffer(7), offset: 4101, len: 10_000 }, 2));
    assert_eq!(c.status, Status::Ok);
    assert_eq!(rig.read(&a, VA_A + 0x10_0000 + 7, 10_000), image);

    let c = rig
        .submit_one(h, Descriptor::new(Operation::Load { dst: dst.buffer(0), offset: 64 << 20, len: 1 }, 3));
    assert_eq!((c.status, c.fault_on_dst), (Status::StorageError, true));
}

#[test]
fn nop_completes_and_a_storage_target_can_be_swapped() {
    let mut engine =
        viaduct_model::Engine::with_storage(EngineConfig::small(), Box::new(MemStorage::new(4096))).unwrap();
    assert_eq!(engine.mmio_read(regs::global::ID), regs::ID_VALUE);
    let mut rig = Rig::small();
    let a = rig.process(1);
    let h = &mut rig.open_vi(0, &a, 0);
    let c = rig.submit_one(h, Descriptor::new(Operation::Nop, 42));
    assert_eq!((c.status, c.tag, c.bytes_done, c.vi), (Status::Ok, 42, 0, 0));
}
