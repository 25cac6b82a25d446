//! The board: an engine core, the physical memory it reaches, one shared page per VI, and a
//! thread that plays the card's role — it notices doorbells in the VI pages, feeds the
//! descriptors to the engine, lets it run, mirrors the read-only queue registers back into
//! the pages and signals interrupts on eventfds.
//!
//! A VI page is the VI's 4 KiB of BAR0 (see `viaduct_abi::regs::vi_page`) as shared memory:
//! the application writes descriptors into its window and the producer index into `SQ_TAIL`
//! with ordinary stores, then writes the board's doorbell eventfd (the notifying mechanism).

use crate::core::EngineCore;
use crate::notifier::Notifier;
use crate::physmem::PhysMemory;
use crate::segment::{Segment, SegmentError};
use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use std::os::fd::AsFd;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;
use viaduct_abi::regs::{self, DESC_WINDOW, vi_cfg, vi_page};
use viaduct_abi::stream::NetFrame;
use viaduct_abi::{Counter, EngineConfig};

/// One VI's shared page and what the board last passed on from it.
struct ViPage {
    page: Arc<Segment>,
    /// Producer index last handed to the engine.
    tail: u16,
    /// CQ consumer index last handed to the engine.
    cq_head: u16,
    open: bool,
}

struct State {
    core: Box<dyn EngineCore>,
    pages: Vec<ViPage>,
    /// Interrupt eventfds by vector.
    irqs: Vec<Option<Arc<Notifier>>>,
    tx_sink: Option<Box<dyn FnMut(NetFrame) + Send>>,
    stop: bool,
}

pub struct Board {
    state: Arc<Mutex<State>>,
    doorbell: Arc<Notifier>,
    thread: Option<JoinHandle<()>>,
    pub mem: Arc<PhysMemory>,
    cfg: EngineConfig,
}

/// How long the board sleeps when idle before looking again (moderation timers, polling).
const IDLE_WAIT: Duration = Duration::from_millis(2);

impl Board {
    /// A board around `core`, reaching `mem`, with its thread running.
    pub fn start(core: Box<dyn EngineCore>, mem: Arc<PhysMemory>) -> Result<Board, SegmentError> {
        let cfg = core.config();
        let pages = (0..cfg.vi_count)
            .map(|vi| {
                Ok(ViPage {
                    page: Arc::new(Segment::create(&format!("viaduct-vi{vi}"), 4096)?),
                    tail: 0,
                    cq_head: 0,
                    open: false,
                })
            })
            .collect::<Result<Vec<_>, SegmentError>>()?;
        let doorbell = Arc::new(Notifier::new().map_err(SegmentError::Map)?);
        let state = Arc::new(Mutex::new(State { core, pages, irqs: Vec::new(), tx_sink: None, stop: false }));
        let thread = {
            let (state, doorbell) = (state.clone(), doorbell.clone());
            std::thread::Builder::new()
                .name("viaduct-board".into())
                .spawn(move || engine_loop(&state, &doorbell))
                .map_err(SegmentError::Map)?
        };
        Ok(Board { state, doorbell, thread: Some(thread), mem, cfg })
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn config(&self) -> EngineConfig {
        self.cfg
    }
    pub fn engine_kind(&self) -> &'static str {
        self.lock().core.kind()
    }

    /// A privileged BAR0 write (the agent's). VI page offsets go through the shared pages.
    pub fn bar_write(&self, offset: u32, value: u32) {
        let mut s = self.lock();
        s.core.write32(offset, value);
        // A VI reset zeroes the indexes the board tracks too.
        if let regs::Decoded::ViConfig { vi, reg } =
            regs::decode(offset, self.cfg.vi_count, self.cfg.queue_depth)
        {
            // The engine honours VI_RESET only for a disabled VI: follow what it did.
            if reg == vi_cfg::VI_RESET && s.core.read32(regs::vi_page(vi, vi_page::SQ_TAIL)) == 0 {
                let p = &mut s.pages[vi as usize];
                p.tail = 0;
                p.cq_head = 0;
                p.page.store32(u64::from(vi_page::SQ_TAIL), 0);
                p.page.store32(u64::from(vi_page::CQ_HEAD), 0);
            }
        }
        drop(s);
        self.kick();
    }

    pub fn bar_read(&self, offset: u32) -> u32 {
        self.lock().core.read32(offset)
    }

    pub fn counter(&self, c: Counter) -> u64 {
        let mut s = self.lock();
        let lo = s.core.read32(regs::counter_offset(c.index()));
        let hi = s.core.read32(regs::counter_offset(c.index()) + 4);
        u64::from(hi) << 32 | u64::from(lo)
    }

    /// The shared page of VI `vi` (to map, or to send to its owner).
    pub fn vi_page(&self, vi: u32) -> Option<Arc<Segment>> {
        self.lock().pages.get(vi as usize).map(|p| p.page.clone())
    }

    /// Start or stop mirroring a VI's registers into its page (the agent opens and closes VIs).
    pub fn set_vi_open(&self, vi: u32, open: bool) {
        if let Some(p) = self.lock().pages.get_mut(vi as usize) {
            p.open = open;
        }
        self.kick();
    }

    /// Interrupt vector `vector` signals `fd`.
    pub fn set_interrupt(&self, vector: u32, fd: Option<Arc<Notifier>>) {
        let mut s = self.lock();
        let v = vector as usize;
        if s.irqs.len() <= v {
            s.irqs.resize(v + 1, None);
        }
        s.irqs[v] = fd;
    }

    /// Where frames the engine sends go.
    pub fn set_tx_sink(&self, sink: Box<dyn FnMut(NetFrame) + Send>) {
        self.lock().tx_sink = Some(sink);
    }

    pub fn push_rx_frame(&self, frame: Vec<u8>) {
        self.lock().core.push_rx_frame(frame);
        self.kick();
    }

    /// The doorbell eventfd processes write after posting.
    pub fn doorbell(&self) -> Arc<Notifier> {
        self.doorbell.clone()
    }

    pub fn kick(&self) {
        self.doorbell.notify();
    }

    /// Stop the board's thread and return the engine core.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.lock().stop = true;
        self.kick();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Board {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Hand new descriptors and CQ consumer indexes from the shared pages to the engine.
fn take_doorbells(s: &mut State, depth: u32) -> bool {
    let mut any = false;
    let State { core, pages, .. } = s;
    for (vi, p) in pages.iter_mut().enumerate() {
        let vi = vi as u32;
        let tail = p.page.load32(u64::from(vi_page::SQ_TAIL)) as u16;
        if tail != p.tail {
            // Copy every newly posted slot (at most a queue's worth) into the engine's window.
            let count = tail.wrapping_sub(p.tail).min(depth as u16);
            for i in 0..count {
                let index = tail.wrapping_sub(count).wrapping_add(i);
                let slot = u32::from(index) % depth;
                for dw in 0..16u32 {
                    let v = p.page.load32(u64::from(DESC_WINDOW + slot * 64 + dw * 4));
                    core.write32(regs::desc_slot(vi, slot) + dw * 4, v);
                }
            }
            core.write32(regs::vi_page(vi, vi_page::SQ_TAIL), u32::from(tail));
            p.tail = tail;
            any = true;
        }
        let cq_head = p.page.load32(u64::from(vi_page::CQ_HEAD)) as u16;
        if cq_head != p.cq_head {
            core.write32(regs::vi_page(vi, vi_page::CQ_HEAD), u32::from(cq_head));
            p.cq_head = cq_head;
            any = true;
        }
    }
    any
}

/// Copy the read-only queue registers of open VIs into their pages.
fn mirror(s: &mut State) {
    let State { core, pages, .. } = s;
    for (vi, p) in pages.iter().enumerate().filter(|(_, p)| p.open) {
        for reg in [vi_page::SQ_HEAD, vi_page::CQ_TAIL, vi_page::STATUS, vi_page::PD, vi_page::QUEUE_INFO] {
            let v = core.read32(regs::vi_page(vi as u32, reg));
            p.page.store32(u64::from(reg), v);
        }
    }
}

fn engine_loop(state: &Mutex<State>, doorbell: &Notifier) {
    loop {
        let busy = {
            let mut s = state.lock().unwrap_or_else(|p| p.into_inner());
            if s.stop {
                return;
            }
            let depth = s.core.config().queue_depth;
            let rung = take_doorbells(&mut s, depth);
            let busy = s.core.advance();
            for vector in s.core.take_interrupts() {
                if let Some(Some(fd)) = s.irqs.get(vector as usize) {
                    fd.notify();
                }
            }
            let frames = s.core.take_tx_frames();
            if let Some(sink) = s.tx_sink.as_mut() {
                frames.into_iter().for_each(sink);
            }
            mirror(&mut s);
            busy || rung
        };
        if !busy {
            let mut fds = [PollFd::new(doorbell.as_fd(), PollFlags::POLLIN)];
            let _ = poll(&mut fds, PollTimeout::try_from(IDLE_WAIT).unwrap_or(PollTimeout::ZERO));
            doorbell.drain();
        }
    }
}
