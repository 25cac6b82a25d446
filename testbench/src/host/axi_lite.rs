//! Software's side of BAR0: an AXI4-Lite manager that performs queued 32-bit register writes
//! and reads one at a time, as a CPU's uncached MMIO does through a PCIe bridge.

use std::collections::VecDeque;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LiteOp {
    Write { addr: u32, data: u32 },
    Read { addr: u32 },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Address and data offered; which of them were taken.
    Offer { aw_done: bool, w_done: bool, ar_done: bool },
    /// Waiting for B or R.
    Response,
}

/// What the manager drives in one cycle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LiteOutputs {
    pub aw: Option<u32>,
    pub w: Option<u32>,
    pub bready: bool,
    pub ar: Option<u32>,
    pub rready: bool,
}

/// What the subordinate (the engine) drove.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LiteInputs {
    pub awready: bool,
    pub wready: bool,
    /// Some(bresp) when bvalid.
    pub b: Option<u8>,
    pub arready: bool,
    /// Some((rdata, rresp)) when rvalid.
    pub r: Option<(u32, u8)>,
}

/// A completed operation: the read value (or 0 for a write) and the response code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LiteResult {
    pub op: LiteOp,
    pub data: u32,
    pub resp: u8,
}

#[derive(Default)]
pub struct AxiLiteMaster {
    queue: VecDeque<LiteOp>,
    current: Option<(LiteOp, Phase)>,
    pub results: VecDeque<LiteResult>,
}

impl AxiLiteMaster {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn write(&mut self, addr: u32, data: u32) {
        self.queue.push_back(LiteOp::Write { addr, data });
    }
    pub fn read(&mut self, addr: u32) {
        self.queue.push_back(LiteOp::Read { addr });
    }
    pub fn idle(&self) -> bool {
        self.queue.is_empty() && self.current.is_none()
    }

    fn start(&mut self) {
        if self.current.is_none()
            && let Some(op) = self.queue.pop_front()
        {
            self.current = Some((op, Phase::Offer { aw_done: false, w_done: false, ar_done: false }));
        }
    }

    pub fn outputs(&mut self) -> LiteOutputs {
        self.start();
        match self.current {
            Some((LiteOp::Write { addr, data }, Phase::Offer { aw_done, w_done, .. })) => LiteOutputs {
                aw: (!aw_done).then_some(addr),
                w: (!w_done).then_some(data),
                ..Default::default()
            },
            Some((LiteOp::Write { .. }, Phase::Response)) => {
                LiteOutputs { bready: true, ..Default::default() }
            }
            Some((LiteOp::Read { addr }, Phase::Offer { .. })) => {
                LiteOutputs { ar: Some(addr), ..Default::default() }
            }
            Some((LiteOp::Read { .. }, Phase::Response)) => {
                LiteOutputs { rready: true, ..Default::default() }
            }
            None => LiteOutputs::default(),
        }
    }

    /// Complete this cycle's handshakes against what [`AxiLiteMaster::outputs`] offered.
    pub fn clock(&mut self, inp: &LiteInputs) {
        let Some((op, phase)) = self.current else { return };
        self.current = match (op, phase) {
            (LiteOp::Write { .. }, Phase::Offer { aw_done, w_done, ar_done }) => {
                let (aw, w) = (aw_done || inp.awready, w_done || inp.wready);
                Some((
                    op,
                    if aw && w { Phase::Response } else { Phase::Offer { aw_done: aw, w_done: w, ar_done } },
                ))
            }
            (LiteOp::Read { .. }, Phase::Offer { .. }) if inp.arready => Some((op, Phase::Response)),
            (LiteOp::Write { .. }, Phase::Response) => match inp.b {
                Some(resp) => {
                    self.results.push_back(LiteResult { op, data: 0, resp });
                    None
                }
                None => Some((op, phase)),
            },
            (LiteOp::Read { .. }, Phase::Response) => match inp.r {
                Some((data, resp)) => {
                    self.results.push_back(LiteResult { op, data, resp });
                    None
                }
                None => Some((op, phase)),
            },
            other => Some(other),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_waits_for_both_channels_then_the_response() {
        let mut m = AxiLiteMaster::new();
        m.write(0x14, 7);
        m.read(0x0);
        let o = m.outputs();
        assert_eq!((o.aw, o.w), (Some(0x14), Some(7)));
        m.clock(&LiteInputs { awready: true, ..Default::default() });
        assert_eq!((m.outputs().aw, m.outputs().w), (None, Some(7)));
        m.clock(&LiteInputs { wready: true, ..Default::default() });
        assert!(m.outputs().bready);
        m.clock(&LiteInputs { b: Some(0), ..Default::default() });
        assert_eq!(m.outputs().ar, Some(0));
        m.clock(&LiteInputs { arready: true, ..Default::default() });
        m.clock(&LiteInputs { r: Some((0x5644_4354, 0)), ..Default::default() });
        assert!(m.idle());
        assert_eq!(m.results.pop_back().unwrap().data, 0x5644_4354);
    }
}
