//! The engine bench's own plumbing, on a stand-in design with the engine's top-level ports:
//! BAR0 writes and reads go through the AXI4-Lite manager, stream frames cross the design,
//! interrupts are captured.

use viaduct_model::scenario::Bar;
use viaduct_model::{MemStorage, SparseMemory};
use viaduct_testbench::bench::EngineBench;
use viaduct_testbench::host::{AxiMemoryConfig, SharedMemory};
use viaduct_testbench::verilator::Builder;

fn bench() -> EngineBench {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("verilator");
    let built = Builder::new("bench_fixture", dir)
        .source(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bench_fixture.v"))
        .build()
        .expect("verilator build");
    let model = built.load().expect("load");
    EngineBench::new(
        model,
        SharedMemory::new(SparseMemory::new()),
        AxiMemoryConfig::pcie_like(32),
        MemStorage::new(4096),
    )
    .expect("ports found by prefix")
}

#[test]
fn bar0_accesses_and_interrupts_go_through_the_engine_ports() {
    let mut b = bench();
    assert_eq!(b.read32(0), 0x5644_4354);
    b.write32(4, 0x1234_5678);
    b.write32(8, 99);
    assert_eq!(b.read32(4), 0x1234_5678);
    assert_eq!(b.read32(8), 99);
    assert_eq!(b.interrupts.iter().map(|i| i.1).collect::<Vec<_>>(), vec![5]);
}

#[test]
fn network_frames_cross_the_design() {
    let mut b = bench();
    b.net_rx.push((0..100).collect());
    b.net_rx.push(vec![1, 2, 3]);
    let done = b.run_until(100, |b| b.net_tx.frames.len() == 2).unwrap();
    assert!(done);
    assert_eq!(b.net_tx.frames[0].data, (0..100).collect::<Vec<u8>>());
    assert_eq!((b.net_tx.frames[1].data.clone(), b.net_tx.frames[1].id), (vec![1, 2, 3], 3));
}
