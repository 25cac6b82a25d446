//! VI queues, doorbells, completion rings, scheduling, interrupts and the register file (R3,
//! R9): every descriptor ends in exactly one completion, overflow is detected, keys never
//! read back.

mod common;
use common::*;
use viaduct_abi::regs::{self, global, vi_cfg, vi_page};
use viaduct_abi::*;
use viaduct_model::PageSize;

fn nop(tag: u64) -> Descriptor {
    Descriptor::new(Operation::Nop, tag)
}

#[test]
fn overflowing_doorbell_is_detected_and_ignored() {
    let mut rig = Rig::small();
    let a = rig.process(1);
    let h = &mut rig.open_vi(0, &a, 0);
    let depth = rig.sc.cfg.queue_depth as u16;
    rig.engine.mmio_write(global::CONTROL, 0b110);
    for i in 0..depth {
        rig.sc.post(&mut rig.engine, h, &nop(i.into()));
    }
    rig.engine.mmio_write(regs::vi_page(0, vi_page::SQ_TAIL), u32::from(depth) + 1);
    let status = rig.engine.mmio_read(regs::vi_page(0, vi_page::STATUS));
    assert_eq!(vi_page::STATUS::OVERFLOW.get(status), 1);
    assert_eq!(rig.engine.counter(Counter::QueueOverflows), 1);
    assert_eq!(rig.engine.mmio_read(regs::vi_page(0, vi_page::SQ_TAIL)), 0, "the doorbell was ignored");
    rig.sc.ring(&mut rig.engine, h);
    rig.engine.mmio_write(global::CONTROL, 0b111);
    rig.engine.run(&mut rig.mem);
    let c = rig.sc.completions(&mut rig.engine, &rig.mem.inner, h);
    assert_eq!(c.iter().map(|c| c.tag).collect::<Vec<_>>(), (0..u64::from(depth)).collect::<Vec<_>>());
}

#[test]
fn completion_ring_wraps_with_phase_and_stalls_when_full() {
    let mut rig = Rig::small();
    let a = rig.process(1);
    // Four completion entries for an eight-deep queue.
    let mut h = rig.sc.open_vi(&mut rig.engine, &mut rig.mem.inner, 0, a.pd, 0, 2).unwrap();
    let mut seen = Vec::new();
    for round in 0..5u64 {
        for i in 0..8 {
            rig.sc.post(&mut rig.engine, &mut h, &nop(round * 8 + i));
        }
        rig.sc.ring(&mut rig.engine, &h);
        let mut got = 0;
        while got < 8 {
            let ran = rig.engine.run(&mut rig.mem).len();
            assert!(ran <= 4, "never more completions than free ring entries");
            let c = rig.sc.completions(&mut rig.engine, &rig.mem.inner, &mut h);
            assert_eq!(c.len(), ran);
            got += c.len();
            seen.extend(c);
        }
    }
    assert_eq!(seen.iter().map(|c| c.tag).collect::<Vec<_>>(), (0..40).collect::<Vec<_>>());
    assert!(seen.iter().enumerate().all(|(i, c)| c.phase == ((i / 4) % 2 == 0)), "phase flips every pass");
    assert!(seen.iter().enumerate().all(|(i, c)| c.sq_index == i as u16));
}

#[test]
fn vis_are_served_round_robin() {
    let mut rig = Rig::small();
    let a = rig.process(1);
    let mut hs: Vec<_> = (0..3).map(|vi| rig.open_vi(vi, &a, 0)).collect();
    rig.engine.mmio_write(global::CONTROL, 0b110);
    for h in hs.iter_mut() {
        for i in 0..3 {
            rig.sc.post(&mut rig.engine, h, &nop(i));
        }
        rig.sc.ring(&mut rig.engine, h);
    }
    rig.engine.mmio_write(global::CONTROL, 0b111);
    let order: Vec<u16> = rig.engine.run(&mut rig.mem).iter().map(|c| c.vi).collect();
    assert_eq!(order, vec![0, 1, 2, 0, 1, 2, 0, 1, 2]);
}

#[test]
fn interrupts_follow_moderation() {
    let mut rig = Rig::small();
    let a = rig.process(1);
    let h = &mut rig.open_vi(1, &a, 0);
    rig.engine.mmio_write(regs::vi_config(1, vi_cfg::VI_CTRL), 0b11);
    rig.engine.mmio_write(regs::vi_config(1, vi_cfg::VI_IRQ_VECTOR), 9);
    rig.engine.mmio_write(regs::vi_config(1, vi_cfg::VI_IRQ_MODERATION), 3);
    let descs: Vec<_> = (0..7).map(|i| if i == 3 { nop(i) } else { nop(i).with_interrupt() }).collect();
    assert_eq!(rig.submit(h, &descs).len(), 7);
    assert_eq!(rig.engine.interrupts.len(), 2, "6 flagged completions, one interrupt per 3");
    assert!(rig.engine.interrupts.iter().all(|i| (i.vi, i.vector) == (1, 9)));
    // With a timer, the remainder fires once the engine is quiet.
    rig.engine.mmio_write(regs::vi_config(1, vi_cfg::VI_IRQ_MODERATION), 3 | 100 << 16);
    rig.submit(h, &[nop(8).with_interrupt()]);
    assert_eq!(rig.engine.interrupts.len(), 3);
}

#[test]
fn keys_never_read_back_and_state_is_visible() {
    let mut rig = Rig::small();
    for reg in [global::KEY_DATA0, global::KEY_DATA1, global::KEY_DATA2, global::KEY_DATA3] {
        rig.engine.mmio_write(reg, 0xdead_beef);
        assert_eq!(rig.engine.mmio_read(reg), 0);
    }
    rig.engine.mmio_write(global::KEY_SELECT, 2);
    let state = rig.engine.mmio_read(global::KEY_STATE);
    assert_eq!(global::KEY_STATE::VALID.get(state), 1);
    assert_eq!(global::KEY_STATE::GENERATION.get(state), 1);
    let all: Vec<u32> = (0..0x1000).step_by(4).map(|o| rig.engine.mmio_read(o)).collect();
    let (key, _) = rig.sc.key(2).unwrap();
    for w in key.words() {
        assert!(!all.contains(&w), "no register reads back a key word");
    }
}

#[test]
fn identity_caps_and_counters_read_back() {
    let mut rig = Rig::small();
    assert_eq!(rig.engine.mmio_read(global::ID), regs::ID_VALUE);
    let caps = [global::CAPS0, global::CAPS1, global::CAPS2].map(|r| rig.engine.mmio_read(r));
    assert_eq!(EngineConfig::from_caps(caps).unwrap(), EngineConfig::small());
    let a = rig.process(1);
    let h = &mut rig.open_vi(0, &a, 0);
    let src = rig.buffer(&a, VA_A, 8192, PageSize::Size4K, opts(Level::Pt));
    let dst = rig.buffer(&a, VA_A + 0x10_0000, 8192, PageSize::Size4K, opts(Level::Pt));
    rig.submit(h, &[copy(src.buffer(0), dst.buffer(0), 5000, 1), nop(2)]);
    let read = |rig: &mut Rig, c: Counter| {
        let lo = rig.engine.mmio_read(regs::counter_offset(c.index()));
        let hi = rig.engine.mmio_read(regs::counter_offset(c.index()) + 4);
        u64::from(hi) << 32 | u64::from(lo)
    };
    assert_eq!(read(&mut rig, Counter::Completions), 2);
    assert_eq!(read(&mut rig, Counter::Bytes), 5000);
    assert_eq!(read(&mut rig, Counter::Doorbells), 1);
    assert_eq!(read(&mut rig, Counter::IotlbMisses), 4, "two pages on each side");
}

#[test]
fn soft_reset_returns_everything_to_reset_values() {
    let mut rig = Rig::small();
    let a = rig.process(1);
    let h = &mut rig.open_vi(0, &a, 0);
    rig.submit(h, &[nop(1)]);
    rig.engine.mmio_write(global::SOFT_RESET, 1);
    assert_eq!(rig.engine.counter(Counter::Completions), 0);
    assert_eq!(rig.engine.mmio_read(global::CONTROL), 0b110, "stopped, caches on");
    assert_eq!(global::KEY_STATE::VALID.get(rig.engine.mmio_read(global::KEY_STATE)), 0);
    assert_eq!(rig.engine.mmio_read(regs::vi_config(0, vi_cfg::VI_CTRL)), 0);
    assert_eq!(rig.engine.mmio_read(regs::vi_page(0, vi_page::CQ_TAIL)), vi_page::CQ_TAIL::PHASE.put(1));
}

#[test]
fn vi_reset_needs_the_vi_disabled_and_unknown_vis_are_unmapped() {
    let mut rig = Rig::small();
    let a = rig.process(1);
    let h = &mut rig.open_vi(0, &a, 0);
    rig.submit(h, &[nop(1)]);
    rig.engine.mmio_write(regs::vi_config(0, vi_cfg::VI_RESET), 1);
    assert_eq!(rig.engine.mmio_read(regs::vi_page(0, vi_page::SQ_HEAD)), 1, "ignored while enabled");
    let vis = rig.sc.cfg.vi_count;
    rig.engine.mmio_write(regs::vi_config(vis, vi_cfg::VI_CTRL), 1);
    assert_eq!(rig.engine.mmio_read(regs::vi_config(vis, vi_cfg::VI_CTRL)), 0);
}
