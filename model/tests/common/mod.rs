//! A model engine with memory and a scenario, for the model's tests.
#![allow(dead_code)]

use viaduct_abi::*;
use viaduct_model::scenario::{Process, Region, RegisterOptions, Scenario, ViHandle};
use viaduct_model::{Engine, FaultyMemory, Memory, PageSize, SparseMemory};

pub const VA_A: u64 = 0x10_0000_0000;
pub const VA_B: u64 = 0x20_0000_0000;

pub struct Rig {
    pub engine: Engine,
    pub mem: FaultyMemory<SparseMemory>,
    pub sc: Scenario,
}

impl Rig {
    pub fn new(cfg: EngineConfig) -> Self {
        let mut engine = Engine::new(cfg).unwrap();
        let mut sc = Scenario::new(cfg, 0x5eed);
        sc.init(&mut engine);
        Rig { engine, mem: FaultyMemory::new(SparseMemory::new()), sc }
    }
    pub fn small() -> Self {
        Self::new(EngineConfig::small())
    }
    pub fn process(&mut self, pd: u16) -> Process {
        self.sc.new_process(&mut self.mem.inner, pd).unwrap()
    }
    /// Map `len` bytes at `va` with pages of `size`, fill them with a pattern, register.
    pub fn buffer(
        &mut self,
        p: &Process,
        va: u64,
        len: u64,
        size: PageSize,
        opts: RegisterOptions,
    ) -> Region {
        self.sc.map(&mut self.mem.inner, p, VirtAddr(va), len, size, pagetable::flags::WRITABLE).unwrap();
        // A pattern in the first and last MiB (large regions stay sparse).
        let fill = len.min(1 << 20);
        self.fill(p, va, fill);
        self.fill(p, va + len - fill, fill);
        self.sc.register(&mut self.engine, &mut self.mem.inner, p, VirtAddr(va), len, opts).unwrap()
    }
    /// Write a pattern that differs between buffers and offsets.
    pub fn fill(&mut self, p: &Process, va: u64, len: u64) {
        let pattern: Vec<u8> =
            (va..va + len).map(|a| (a as u8).wrapping_mul(31) ^ (a >> 12) as u8 ^ (a >> 24) as u8).collect();
        self.write(p, va, &pattern);
    }
    pub fn open_vi(&mut self, vi: u32, p: &Process, key_slot: u32) -> ViHandle {
        self.sc.open_vi(&mut self.engine, &mut self.mem.inner, vi, p.pd, key_slot, 6).unwrap()
    }
    /// Post, ring, run to quiescence, and return the VI's completions.
    pub fn submit(&mut self, h: &mut ViHandle, descs: &[Descriptor]) -> Vec<Completion> {
        for d in descs {
            self.sc.post(&mut self.engine, h, d);
        }
        self.sc.ring(&mut self.engine, h);
        self.engine.run(&mut self.mem);
        self.sc.completions(&mut self.engine, &self.mem.inner, h)
    }
    pub fn submit_one(&mut self, h: &mut ViHandle, d: Descriptor) -> Completion {
        let c = self.submit(h, &[d]);
        assert_eq!(c.len(), 1, "exactly one completion per descriptor");
        c[0]
    }
    pub fn read(&self, p: &Process, va: u64, len: usize) -> Vec<u8> {
        self.sc.read_va(&self.mem.inner, p, VirtAddr(va), len).unwrap()
    }
    pub fn write(&mut self, p: &Process, va: u64, data: &[u8]) {
        self.sc.write_va(&mut self.mem.inner, p, VirtAddr(va), data).unwrap()
    }
}

pub fn copy(src: BufferRef, dst: BufferRef, len: u32, tag: u64) -> Descriptor {
    Descriptor::new(Operation::Copy { src, dst, len }, tag)
}

pub fn opts(level: Level) -> RegisterOptions {
    RegisterOptions { level, ..Default::default() }
}

/// Memory equal except inside `[skip, skip + len)`.
pub fn assert_same_except(before: &SparseMemory, after: &SparseMemory, skip: PhysAddr, len: u64) {
    let mut a = after.clone();
    let mut saved = vec![0u8; len as usize];
    before.read(skip, &mut saved).unwrap();
    a.write(skip, &saved).unwrap();
    if let Err(at) = before.same_contents(&a) {
        panic!("memory changed at {at}");
    }
}
